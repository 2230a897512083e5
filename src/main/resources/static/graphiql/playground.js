// Starts GraphiQL against this server's /graphql. Kept out of index.html so the page needs no inline script.
(function () {
  var example = [
    '# Quotes of a person, whatever the script or spelling of the name',
    'query QuotesByPerson {',
    '  quotes(filter: {speaker: "नसीमुद्दीन सिद्दीकी"}, first: 10) {',
    '    totalCount',
    '    nodes {',
    '      text',
    '      language',
    '      speaker { ... on Person { name } }',
    '      article { title publishedOn outlet { name } }',
    '      span { start end }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: example, defaultEditorToolsVisibility: true })
  );
})();

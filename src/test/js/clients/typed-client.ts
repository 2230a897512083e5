// What a TypeScript client writes with the generated types: the compiler knows the shape of each answer, so a
// renamed or removed field in the schema or an operation is a compile error here, not a runtime surprise.
import type {
  QuotesByPersonQuery,
  QuotesByPersonQueryVariables,
  EventsInRangeQuery,
  EventKind,
} from '../../../../target/generated-ts/operations';

export const variables: QuotesByPersonQueryVariables = { name: 'नसीमुद्दीन सिद्दीकी', first: 5 };

/** Each quote with the name of its speaker, when the speaker is a person. */
export function quotesWithSpeakers(data: QuotesByPersonQuery): Array<{ text: string; speaker: string | null }> {
  return data.quotes.nodes.map((quote) => ({
    text: quote.text,
    speaker: 'name' in quote.speaker ? quote.speaker.name : null,
  }));
}

/** The span of a quote: end exclusive, in UTF-16 code units, so String.prototype.slice gives the text back. */
export function spanLength(data: QuotesByPersonQuery): number[] {
  return data.quotes.nodes.map((quote) => quote.span.end - quote.span.start);
}

/** Events of one kind, with their dates as ISO strings (the Date scalar). */
export function datesOf(data: EventsInRangeQuery, kind: EventKind): string[] {
  return data.events.nodes.filter((event) => event.kind === kind).map((event) => event.date);
}

/** The schema's own types, for code that handles any quote, not only one operation's answer. */
export type { Quote, Source } from '../../../../target/generated-ts/schema';

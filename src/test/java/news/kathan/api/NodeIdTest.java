package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeIdTest {

    @Test
    void anEncodedIdDecodesToItsTypeAndId() {
        String id = NodeId.encode("Quote", 12);

        assertThat(id).isEqualTo("UXVvdGU6MTI");
        assertThat(NodeId.decode(id)).contains(new NodeId("Quote", 12));
        assertThat(NodeId.decode(id + "=")).contains(new NodeId("Quote", 12));
    }

    @Test
    void namesInEitherScriptAreNotIds() {
        assertThat(NodeId.decode("चदीप मोरझाला")).isEmpty();
        assertThat(NodeId.decode("Raghvendra Shukla")).isEmpty();
        assertThat(NodeId.decode("highly-placed sources")).isEmpty();
    }

    @Test
    void wellFormedBase64ThatIsNoNodeIsNotAnId() {
        assertThat(NodeId.decode("SGVsbG8")).isEmpty(); // "Hello": no colon
        assertThat(NodeId.decode(java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Ghost:3".getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEmpty();
        assertThat(NodeId.idOf(NodeId.encode("Person", 7), "Outlet")).isEmpty();
        assertThat(NodeId.idOf(NodeId.encode("Person", 7), "Person")).contains(7L);
    }
}

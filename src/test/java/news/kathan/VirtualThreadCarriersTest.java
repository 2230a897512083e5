package news.kathan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class VirtualThreadCarriersTest {

    @Test
    void twoCpusGetFourCarriers() {
        Properties system = new Properties();

        VirtualThreadCarriers.configure(system, 2);

        assertThat(system.getProperty(VirtualThreadCarriers.PARALLELISM)).isEqualTo("4");
    }

    @Test
    void manyCpusGetOneCarrierEach() {
        Properties system = new Properties();

        VirtualThreadCarriers.configure(system, 16);

        assertThat(system.getProperty(VirtualThreadCarriers.PARALLELISM)).isEqualTo("16");
    }

    @Test
    void anOperatorsSettingIsKept() {
        Properties system = new Properties();
        system.setProperty(VirtualThreadCarriers.PARALLELISM, "2");

        VirtualThreadCarriers.configure(system, 2);

        assertThat(system.getProperty(VirtualThreadCarriers.PARALLELISM)).isEqualTo("2");
    }
}

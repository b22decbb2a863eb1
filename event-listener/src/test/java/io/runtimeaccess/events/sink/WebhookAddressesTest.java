package io.runtimeaccess.events.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class WebhookAddressesTest {

    private final WebhookAddresses publicOnly = new WebhookAddresses(false);

    @Test
    void internalAddressesAreRecognised() throws Exception {
        for (String internal : new String[] {"127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "::", "10.1.2.3",
            "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1",
            "100.64.0.1", "100.127.255.254", "198.18.0.1", "224.0.0.1", "255.255.255.255", "::ffff:127.0.0.1",
            "::ffff:169.254.169.254", "64:ff9b::a00:1", "192.0.0.8"}) {
            assertTrue(WebhookAddresses.isInternal(InetAddress.getByName(internal)), internal + " is internal");
        }
    }

    @Test
    void publicAddressesAreNot() throws Exception {
        for (String external : new String[] {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.0.2.1",
            "2606:4700:4700::1111", "::ffff:8.8.8.8"}) {
            assertFalse(WebhookAddresses.isInternal(InetAddress.getByName(external)), external + " is public");
        }
    }

    @Test
    void aUrlIsJudgedByWhatItsHostResolvesTo() {
        assertEquals("resolves to an internal address", publicOnly.refusal(URI.create("http://localhost:9000/metrics")),
                "localhost resolves to loopback, and the refusal does not say which address it is");
        assertNotNull(publicOnly.refusal(URI.create("http://169.254.169.254/latest/meta-data/")));
        assertNotNull(publicOnly.refusal(URI.create("http://[fd00::1]/hook")));
        assertNotNull(publicOnly.refusal(URI.create("http://2130706433/")), "127.0.0.1 written as a number");
        assertEquals("host does not resolve", publicOnly.refusal(URI.create("http://no-such-host.invalid/")));
        assertNull(publicOnly.refusal(URI.create("https://93.184.216.34/hook")));
    }

    @Test
    void theOperatorOptionAllowsInternalAddresses() {
        assertNull(new WebhookAddresses(true).refusal(URI.create("http://127.0.0.1:8080/hook")));
    }
}

package org.fazhi.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phone address follows the address the organiser's browser used, unless no phone could reach that. */
class PhoneAddressTest {
    @Test
    void anOfficeNetworkAddressIsKeptAsTheBrowserUsedIt() {
        PhoneAddress a = PhoneAddress.of(URI.create("http://192.168.1.20:8080/"), "/s/abc");
        assertEquals(List.of("http://192.168.1.20:8080/s/abc"), a.urls());
        assertNull(a.note());
        PhoneAddress named = PhoneAddress.of(URI.create("https://fazhi.qinghe.gov.cn/"), "/s/abc");
        assertEquals("https://fazhi.qinghe.gov.cn/s/abc", named.url(), "a proxy's name and scheme, as forwarded");
        assertNull(named.note());
    }

    @Test
    void loopbackIsReplacedByThisComputersLanAddressesAndSaysWhy() {
        for (String host : List.of("localhost", "127.0.0.1", "127.1.2.3", "[::1]")) {
            assertTrue(PhoneAddress.loopback(URI.create("http://" + host + ":8080/").getHost()), host);
            PhoneAddress a = PhoneAddress.of(URI.create("http://" + host + ":8080/"), "/s/abc");
            assertTrue(a.note().startsWith("本页是用 " + URI.create("http://" + host + ":8080/").getHost() + " 打开的,手机无法访问这个地址"),
                    a.note());
            List<String> lan = PhoneAddress.lanAddresses();
            if (lan.isEmpty()) {
                assertEquals(List.of("http://" + host + ":8080/s/abc"), a.urls());
                assertTrue(a.note().contains("本机没有找到局域网地址"));
            } else {
                assertEquals(lan.stream().map(ip -> "http://" + ip + ":8080/s/abc").toList(), a.urls());
                assertTrue(a.note().contains("--host 0.0.0.0") && a.note().contains("端口 8080"), a.note());
            }
        }
        assertFalse(PhoneAddress.loopback("10.0.0.5"));
        assertFalse(PhoneAddress.loopback("fazhi.local"));
        for (String ip : PhoneAddress.lanAddresses()) {
            assertTrue(ip.matches("10\\..*|172\\.(1[6-9]|2\\d|3[01])\\..*|192\\.168\\..*"), ip);
        }
    }
}

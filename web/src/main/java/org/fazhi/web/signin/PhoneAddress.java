package org.fazhi.web.signin;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The address a phone in the meeting room opens to sign in. It is built from the address the organiser's
 * browser used to reach this server (the request's Host header, or what the office's reverse proxy
 * forwarded): a phone on the same office network reaches the server there too. When the organiser opened the
 * page as localhost or 127.0.0.1 — on the server's own computer — no phone can use that: the computer's own
 * addresses on the office network (site-local IPv4 of its network interfaces) are offered instead, and the
 * page says so.
 *
 * @param urls  the addresses to show, the first one in the QR code; never empty
 * @param note  why the address is not the one in the browser, for the page (null when it is)
 */
public record PhoneAddress(List<String> urls, String note) {

    /** The phone address of {@code path} ("/s/…") for a page or API request reached at {@code base}. */
    public static PhoneAddress of(URI base, String path) {
        String host = base.getHost() == null ? "" : base.getHost();
        String port = base.getPort() < 0 ? "" : ":" + base.getPort();
        String scheme = base.getScheme() == null ? "http" : base.getScheme();
        if (!loopback(host)) {
            return new PhoneAddress(List.of(scheme + "://" + host + port + path), null);
        }
        List<String> urls = new ArrayList<>();
        for (String ip : lanAddresses()) {
            urls.add(scheme + "://" + ip + port + path);
        }
        if (urls.isEmpty()) {
            return new PhoneAddress(List.of(scheme + "://" + host + port + path),
                    "本页是用 " + host + " 打开的,手机无法访问这个地址,而本机没有找到局域网地址:请把本机接入办公网后刷新本页。");
        }
        return new PhoneAddress(urls, "本页是用 " + host + " 打开的,手机无法访问这个地址;二维码用的是本机在局域网中的地址"
                + (urls.size() > 1 ? "(本机有多个,若手机打不开第一个,可请参会人员手工输入其他地址)" : "")
                + "。如仍打不开,请确认服务器以 --host 0.0.0.0 启动,且防火墙放行了端口" + port.replace(":", " ") + "。");
    }

    /** The first address: the one in the QR code. */
    public String url() {
        return urls.get(0);
    }

    static boolean loopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    /** This computer's site-local IPv4 addresses (10/8, 172.16/12, 192.168/16) on interfaces that are up. */
    static List<String> lanAddresses() {
        TreeSet<String> out = new TreeSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                        out.add(a.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        return List.copyOf(out);
    }
}

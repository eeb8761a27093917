package io.newsflow.ingest.fetch;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An address range in CIDR notation, {@code 127.0.0.0/8} or {@code ::1/128}; a bare address is a range of one.
 *
 * @param network the first address of the range
 * @param prefixLength the number of leading bits every address of the range shares
 */
public record Cidr(InetAddress network, int prefixLength) {

    /**
     * Parses {@code text}; only numeric addresses are accepted, so parsing never touches DNS.
     *
     * @throws IllegalArgumentException when it is not an address or CIDR range
     */
    public static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (address.isEmpty() || !address.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR range");
        }
        InetAddress network;
        try {
            network = InetAddress.getByName(address); // numeric by the check above: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR range", e);
        }
        int bits = network.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' has no valid prefix length", e);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("'" + text + "' has a prefix length outside 0-" + bits);
        }
        return new Cidr(network, prefix);
    }

    /** Whether {@code address} is in this range (an IPv4 address is never in an IPv6 range, nor the reverse). */
    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        byte[] base = network.getAddress();
        if (candidate.length != base.length) {
            return false;
        }
        int shift = base.length * 8 - prefixLength;
        return new BigInteger(1, candidate).shiftRight(shift).equals(new BigInteger(1, base).shiftRight(shift));
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }
}

package dev.passwordless.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Raw HTTP/1.1 to a pool on 127.0.0.1, for what ordinary clients will not send: a forged
 * {@code Host}, a browser's {@code Origin} and {@code Sec-Fetch-*} headers, an unsigned
 * SNS request.
 */
final class RawHttp {

	/**
	 * A SigV4 {@code Authorization} header in the shape the SDK sends (the pool does not
	 * verify the signature).
	 */
	static final String SIGV4 = "AWS4-HMAC-SHA256 Credential=local/20261206/us-east-1/sns/aws4_request, "
			+ "SignedHeaders=content-type;host;x-amz-date, Signature=" + "0123456789abcdef".repeat(4);

	private RawHttp() {
	}

	/**
	 * Sends one request with {@code Host: 127.0.0.1:<port>}, its {@code Content-Length}
	 * and {@code Connection: close}.
	 * @param headers the other headers, as a browser or client would send them
	 * @return the whole answer, status line first
	 */
	static String send(int port, String method, String path, Map<String, String> headers, String body)
			throws IOException {
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
		request.append("Host: 127.0.0.1:").append(port).append("\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
		request.append("Connection: close\r\n\r\n").append(body);
		return send(port, request.toString());
	}

	/** Sends the request exactly as written. */
	static String send(int port, String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			socket.setTcpNoDelay(true);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

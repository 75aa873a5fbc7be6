package dev.passwordless.triggers.snapstart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The HTTP client the triggers' SDK clients share, which answers a priming request
 * itself: a request marked with {@link #marked} goes through the SDK's whole path
 * (endpoint, marshalling, signing, the response's unmarshalling) but is answered here
 * with an empty success and never sent. Every other request goes to the real client. So
 * priming can exercise an SNS {@code Publish} or a DynamoDB transaction without an SMS or
 * a write.
 */
public final class PrimingHttpClient implements SdkHttpClient {

	/** The header that marks a priming request; it never leaves the process. */
	static final String HEADER = "x-passwordless-priming";

	/** Answers an SNS {@code Publish} (AWS query protocol). */
	private static final byte[] QUERY_ANSWER = ("<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
			+ "<PublishResult><MessageId>priming</MessageId></PublishResult>"
			+ "<ResponseMetadata><RequestId>priming</RequestId></ResponseMetadata></PublishResponse>")
		.getBytes(StandardCharsets.UTF_8);

	/** Answers any AWS JSON protocol request (DynamoDB, Cognito) with an empty result. */
	private static final byte[] JSON_ANSWER = "{}".getBytes(StandardCharsets.UTF_8);

	private final SdkHttpClient delegate;

	/**
	 * @param delegate the client real requests go to
	 */
	public PrimingHttpClient(SdkHttpClient delegate) {
		this.delegate = delegate;
	}

	/**
	 * The override configuration that marks a request as priming: this client answers it
	 * and never sends it.
	 */
	public static AwsRequestOverrideConfiguration marked() {
		return AwsRequestOverrideConfiguration.builder().putHeader(HEADER, "dry-run").build();
	}

	@Override
	public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
		if (request.httpRequest().firstMatchingHeader(HEADER).isEmpty()) {
			return this.delegate.prepareRequest(request);
		}
		boolean json = request.httpRequest().firstMatchingHeader("X-Amz-Target").isPresent();
		return new ExecutableHttpRequest() {
			@Override
			public HttpExecuteResponse call() {
				return HttpExecuteResponse.builder()
					.response(SdkHttpResponse.builder()
						.statusCode(200)
						.putHeader("Content-Type", json ? "application/x-amz-json-1.0" : "text/xml")
						.putHeader("x-amzn-RequestId", "priming")
						.build())
					.responseBody(
							AbortableInputStream.create(new ByteArrayInputStream(json ? JSON_ANSWER : QUERY_ANSWER)))
					.build();
			}

			@Override
			public void abort() {
			}
		};
	}

	@Override
	public String clientName() {
		return this.delegate.clientName();
	}

	@Override
	public void close() {
		this.delegate.close();
	}

}

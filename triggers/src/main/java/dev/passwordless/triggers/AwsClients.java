package dev.passwordless.triggers;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.snapstart.PrimingHttpClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.endpoints.CognitoIdentityProviderEndpointProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.endpoints.SnsEndpointProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The SDK clients of one execution environment, tuned for cold start: one HTTP client
 * (url-connection, which answers priming requests itself: {@link PrimingHttpClient})
 * shared by every client, the region and credentials taken straight from Lambda's
 * environment, and each service's regional endpoint without the SDK's endpoint rules
 * engine, which is only asked for what needs it (FIPS, dual-stack, other partitions).
 * Endpoint overrides stay the SDK's standard settings ({@code AWS_ENDPOINT_URL_SNS},
 * {@code aws.endpointUrlDynamoDb}...): the SDK hands them to the endpoint provider, which
 * uses them as they are.
 *
 * <p>
 * The credentials are renewable: after a SnapStart restore {@link #renewCredentials()}
 * drops what was cached before the snapshot.
 */
final class AwsClients {

	/**
	 * Regions of the partitions whose endpoints are
	 * {@code <service>.<region>.amazonaws.com}.
	 */
	private static final Pattern AWS_PARTITION = Pattern.compile("(us|eu|ap|sa|ca|me|af|il|mx)(-gov)?-[a-z]+-\\d+");

	/** Regions of China, whose endpoints end in {@code amazonaws.com.cn}. */
	private static final Pattern CHINA = Pattern.compile("cn-[a-z]+-\\d+");

	private final Map<String, String> environment;

	private final SdkHttpClient http;

	private final Region region;

	private volatile AwsCredentialsProvider credentials;

	AwsClients(Map<String, String> environment) {
		this.environment = environment;
		this.http = new PrimingHttpClient(UrlConnectionHttpClient.create());
		this.region = region(environment);
		this.credentials = credentials(environment);
	}

	SnsClient sns() {
		return configure(SnsClient.builder()).endpointProvider(snsEndpoints()).build();
	}

	DynamoDbClient dynamoDb() {
		return configure(DynamoDbClient.builder()).endpointProvider(dynamoDbEndpoints()).build();
	}

	CognitoIdentityProviderClient cognito() {
		return configure(CognitoIdentityProviderClient.builder()).endpointProvider(cognitoEndpoints()).build();
	}

	/** SNS's endpoints: {@link #regional}, the SDK's rules for the rest. */
	static SnsEndpointProvider snsEndpoints() {
		return (params) -> {
			Endpoint endpoint = regional("sns", params.endpoint(), params.region(), params.useFips(),
					params.useDualStack());
			return (endpoint != null) ? CompletableFuture.completedFuture(endpoint)
					: SnsRules.INSTANCE.resolveEndpoint(params);
		};
	}

	/** DynamoDB's endpoints: {@link #regional}, the SDK's rules for the rest. */
	static DynamoDbEndpointProvider dynamoDbEndpoints() {
		return (params) -> {
			Endpoint endpoint = regional("dynamodb", params.endpoint(), params.region(), params.useFips(),
					params.useDualStack());
			return (endpoint != null) ? CompletableFuture.completedFuture(endpoint)
					: DynamoDbRules.INSTANCE.resolveEndpoint(params);
		};
	}

	/** Cognito's endpoints: {@link #regional}, the SDK's rules for the rest. */
	static CognitoIdentityProviderEndpointProvider cognitoEndpoints() {
		return (params) -> {
			Endpoint endpoint = regional("cognito-idp", params.endpoint(), params.region(), params.useFips(),
					params.useDualStack());
			return (endpoint != null) ? CompletableFuture.completedFuture(endpoint)
					: CognitoRules.INSTANCE.resolveEndpoint(params);
		};
	}

	/**
	 * Drops the credentials cached so far and resolves them anew from Lambda's
	 * environment: after a restore they would otherwise be those of the environment the
	 * snapshot was taken in.
	 */
	void renewCredentials() {
		AwsCredentialsProvider old = this.credentials;
		this.credentials = credentials(this.environment);
		if (old instanceof SdkAutoCloseable closeable) {
			closeable.close();
		}
	}

	private <B extends AwsSyncClientBuilder<B, ?> & AwsClientBuilder<B, ?>> B configure(B builder) {
		return builder.httpClient(this.http).region(this.region).credentialsProvider(new CurrentCredentials());
	}

	/**
	 * The endpoint of a service: an override as given, or a standard region's regional
	 * endpoint; null for anything else (FIPS, dual-stack, other partitions), which the
	 * SDK's rules resolve.
	 */
	private static Endpoint regional(String service, String override, Region region, Boolean fips, Boolean dualStack) {
		if (override != null) {
			return Endpoint.builder().url(URI.create(override)).build();
		}
		if (Boolean.TRUE.equals(fips) || Boolean.TRUE.equals(dualStack) || region == null) {
			return null;
		}
		String id = region.id();
		String suffix = AWS_PARTITION.matcher(id).matches() ? "amazonaws.com"
				: CHINA.matcher(id).matches() ? "amazonaws.com.cn" : null;
		return (suffix != null)
				? Endpoint.builder().url(URI.create("https://" + service + "." + id + "." + suffix)).build() : null;
	}

	private static Region region(Map<String, String> environment) {
		String region = environment.get(TriggerSettingNames.AWS_REGION);
		return (region != null && !region.isBlank()) ? Region.of(region)
				: DefaultAwsRegionProviderChain.builder().build().getRegion();
	}

	/**
	 * Lambda's credentials: the function's keys from the environment, or (SnapStart) the
	 * container endpoint it names; the SDK's default chain anywhere else.
	 */
	private static AwsCredentialsProvider credentials(Map<String, String> environment) {
		String keyId = environment.get("AWS_ACCESS_KEY_ID");
		String secret = environment.get("AWS_SECRET_ACCESS_KEY");
		if (keyId != null && secret != null) {
			String token = environment.get("AWS_SESSION_TOKEN");
			return StaticCredentialsProvider.create((token != null) ? AwsSessionCredentials.create(keyId, secret, token)
					: AwsBasicCredentials.create(keyId, secret));
		}
		if (environment.get("AWS_CONTAINER_CREDENTIALS_FULL_URI") != null) {
			return ContainerCredentialsProvider.builder().build();
		}
		return DefaultCredentialsProvider.builder().build();
	}

	/** Whatever credentials are current, so that a renewal reaches every client. */
	private final class CurrentCredentials implements AwsCredentialsProvider {

		@Override
		public AwsCredentials resolveCredentials() {
			return AwsClients.this.credentials.resolveCredentials();
		}

	}

	/*
	 * The SDK's endpoint rules engines, each made only when an endpoint needs it: a
	 * holder class is initialised at its first use.
	 */

	private static final class SnsRules {

		static final SnsEndpointProvider INSTANCE = SnsEndpointProvider.defaultProvider();

	}

	private static final class DynamoDbRules {

		static final DynamoDbEndpointProvider INSTANCE = DynamoDbEndpointProvider.defaultProvider();

	}

	private static final class CognitoRules {

		static final CognitoIdentityProviderEndpointProvider INSTANCE = CognitoIdentityProviderEndpointProvider
			.defaultProvider();

	}

}

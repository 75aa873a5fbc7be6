package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import javax.crypto.SecretKey;

import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.triggers.challenge.CodeIssuer;
import dev.passwordless.triggers.limits.SmsSendCheck;
import dev.passwordless.triggers.settings.Secrets;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.sms.Pause;
import dev.passwordless.triggers.sms.SmsDelivery;
import dev.passwordless.triggers.sms.SnsSmsSender;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Builds what the handlers use once per execution environment: Create's services, and the
 * SDK clients, tuned for cold start: the url-connection HTTP client, and region and
 * credentials taken straight from the environment when Lambda puts them there (SnapStart
 * functions get credentials from a container endpoint instead, which the default chain
 * finds). Endpoints stay the SDK's own business, so {@code AWS_ENDPOINT_URL_SNS} /
 * {@code aws.endpointUrlSns} work.
 */
final class Dependencies {

	private Dependencies() {
	}

	/**
	 * Create's service: settings and secrets checked first, then the SNS client.
	 * @param environment the settings, the secrets included
	 * @param clock the time source
	 * @param store where the send limits live
	 * @param sns makes the SNS client, once the settings are known to be good
	 * @return the issuer of code challenges
	 * @throws IllegalArgumentException naming the setting when one is not acceptable
	 */
	static CodeIssuer codeIssuer(Map<String, String> environment, Clock clock, SendLimitStore store,
			Supplier<SnsClient> sns) {
		TriggerSettings settings = TriggerSettings.from(environment);
		SecretKey codeHashKey = Secrets.hmacKey(environment, TriggerEnvironment.CODE_HASH_KEY);
		SmsSendCheck check = new SmsSendCheck(settings, store,
				Secrets.hmacKey(environment, TriggerEnvironment.SEND_LIMIT_KEY), clock);
		SecureRandom random = new SecureRandom();
		SnsSmsSender sender = new SnsSmsSender(sns.get(), settings.senderId(), settings.originationNumber());
		return new CodeIssuer(settings, codeHashKey, check, new SmsDelivery(sender, Pause.sleeping(), clock, random),
				clock, random);
	}

	static SnsClient sns(Map<String, String> environment) {
		return configure(SnsClient.builder(), environment).build();
	}

	/**
	 * Post authentication's service: marks the number verified through Cognito's admin
	 * API.
	 */
	static PhoneVerification phoneVerification(Map<String, String> environment) {
		CognitoIdentityProviderClient cognito = configure(CognitoIdentityProviderClient.builder(), environment).build();
		return (userPoolId,
				userName) -> cognito.adminUpdateUserAttributes((update) -> update.userPoolId(userPoolId)
					.username(userName)
					.userAttributes((attribute) -> attribute.name(Events.PHONE_NUMBER_VERIFIED).value("true")));
	}

	static DynamoDbClient dynamoDb(Map<String, String> environment) {
		return configure(DynamoDbClient.builder(), environment).build();
	}

	private static <B extends AwsSyncClientBuilder<B, ?> & AwsClientBuilder<B, ?>> B configure(B builder,
			Map<String, String> environment) {
		return builder.httpClient(UrlConnectionHttpClient.create())
			.region(region(environment))
			.credentialsProvider(credentials(environment));
	}

	private static Region region(Map<String, String> environment) {
		String region = environment.get(TriggerEnvironment.AWS_REGION);
		return (region != null && !region.isBlank()) ? Region.of(region)
				: DefaultAwsRegionProviderChain.builder().build().getRegion();
	}

	private static AwsCredentialsProvider credentials(Map<String, String> environment) {
		String keyId = environment.get("AWS_ACCESS_KEY_ID");
		String secret = environment.get("AWS_SECRET_ACCESS_KEY");
		if (keyId == null || secret == null) {
			return DefaultCredentialsProvider.builder().build();
		}
		String token = environment.get("AWS_SESSION_TOKEN");
		return StaticCredentialsProvider.create((token != null) ? AwsSessionCredentials.create(keyId, secret, token)
				: AwsBasicCredentials.create(keyId, secret));
	}

}

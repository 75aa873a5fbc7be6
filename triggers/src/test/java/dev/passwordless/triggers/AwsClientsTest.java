package dev.passwordless.triggers;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.endpoints.CognitoIdentityProviderEndpointParams;
import software.amazon.awssdk.services.cognitoidentityprovider.endpoints.CognitoIdentityProviderEndpointProvider;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointParams;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;
import software.amazon.awssdk.services.sns.endpoints.SnsEndpointParams;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoints the triggers' clients resolve without the SDK's rules engine, and with
 * it.
 */
class AwsClientsTest {

	@Test
	void endpointWhenAStandardRegionThenTheRegionalEndpointAsTheRulesGiveIt() throws Exception {
		for (String region : new String[] { "eu-central-1", "us-gov-west-1", "cn-north-1", "ap-southeast-4" }) {
			DynamoDbEndpointParams params = DynamoDbEndpointParams.builder().region(Region.of(region)).build();
			assertThat(AwsClients.dynamoDbEndpoints().resolveEndpoint(params).get().url()).as(region)
				.isEqualTo(DynamoDbEndpointProvider.defaultProvider().resolveEndpoint(params).get().url());
		}
	}

	@Test
	void endpointWhenCognitoInAStandardRegionThenTheRegionalEndpointAsTheRulesGiveIt() throws Exception {
		CognitoIdentityProviderEndpointParams params = CognitoIdentityProviderEndpointParams.builder()
			.region(Region.EU_WEST_1)
			.build();
		assertThat(AwsClients.cognitoEndpoints().resolveEndpoint(params).get().url())
			.isEqualTo(CognitoIdentityProviderEndpointProvider.defaultProvider().resolveEndpoint(params).get().url());
	}

	@Test
	void endpointWhenFipsThenAsksTheRules() throws Exception {
		SnsEndpointParams params = SnsEndpointParams.builder().region(Region.US_EAST_1).useFips(true).build();
		assertThat(AwsClients.snsEndpoints().resolveEndpoint(params).get().url())
			.hasToString("https://sns-fips.us-east-1.amazonaws.com");
	}

	@Test
	void endpointWhenOverriddenThenTheOverrideAsGiven() throws Exception {
		SnsEndpointParams params = SnsEndpointParams.builder()
			.region(Region.US_EAST_1)
			.endpoint("http://127.0.0.1:4566")
			.build();
		assertThat(AwsClients.snsEndpoints().resolveEndpoint(params).get().url()).hasToString("http://127.0.0.1:4566");
	}

}

package dev.passwordless.vaadin.e2e.portal;

import dev.passwordless.vaadin.cognito.CognitoPool;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;

/** The Cognito group whose members may open the portal's reports. */
final class Reporters {

	static final String GROUP = "reporters";

	private Reporters() {
	}

	/**
	 * Adds a registered number to the group, which is created the first time: an
	 * administrator's calls, signed as AWS requires (any key on the local Cognito).
	 */
	static void add(CognitoPool pool, String phone) {
		try (CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(pool.endpoint())
			.region(Region.of(pool.region()))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.build()) {
			try {
				cognito.createGroup((group) -> group.userPoolId(pool.userPoolId()).groupName(GROUP));
			}
			catch (GroupExistsException ex) {
				// another test of the shared application made it
			}
			cognito.adminAddUserToGroup((add) -> add.userPoolId(pool.userPoolId()).username(phone).groupName(GROUP));
		}
	}

}

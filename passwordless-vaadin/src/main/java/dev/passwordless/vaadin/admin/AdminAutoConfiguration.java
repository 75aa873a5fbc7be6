package dev.passwordless.vaadin.admin;

import java.time.Clock;

import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.login.LoginAutoConfiguration;
import dev.passwordless.vaadin.login.PasswordlessLoginService;
import dev.passwordless.vaadin.login.ui.StepUp;
import dev.passwordless.vaadin.security.FreshSignIn;
import dev.passwordless.vaadin.security.SignInTarget;
import dev.passwordless.vaadin.security.SignOut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The portal's administration: the IAM-authorized Cognito calls (with the application's
 * AWS credentials from the default chain; any key on the embedded local Cognito), the
 * first administrator, the step-up that guards the administration views, and the views'
 * access rules. Each bean gives way to one the application defines.
 */
@AutoConfiguration(after = LoginAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AdminProperties.class)
public class AdminAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CognitoAdministration passwordlessCognitoAdministration(CognitoPool pool) {
		AwsCredentialsProvider credentials = pool.embedded()
				? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
				: DefaultCredentialsProvider.builder().build();
		var builder = CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(pool.region()))
			.credentialsProvider(credentials);
		if (pool.endpoint() != null) {
			builder.endpointOverride(pool.endpoint());
		}
		return new CognitoAdministration(builder.build(), pool.userPoolId());
	}

	@Bean
	@ConditionalOnMissingBean
	AdminActions passwordlessAdminActions(CognitoAdministration cognito, SignOut signOut, AdminProperties properties,
			ObjectProvider<AuditTrail> audit, AdminAccess access) {
		return new AdminActions(cognito, signOut::endEverywhere, properties.group(),
				audit.getIfAvailable(AuditTrail::off),
				() -> access.mayAdminister(SecurityContextHolder.getContext().getAuthentication()));
	}

	@Bean
	FirstAdministrator passwordlessFirstAdministrator(CognitoAdministration cognito, AdminProperties properties,
			CognitoPool pool) {
		return new FirstAdministrator(cognito, properties, pool.embedded());
	}

	@Bean
	@ConditionalOnMissingBean
	FreshSignIn passwordlessFreshSignIn(AdminProperties properties, Clock clock) {
		return new FreshSignIn(properties.freshSignIn(), clock);
	}

	@Bean
	@ConditionalOnMissingBean
	StepUp passwordlessStepUp(PasswordlessLoginService service, SignInTarget target) {
		return new StepUp(service, target);
	}

	@Bean
	AdminAccess passwordlessAdminAccess(AdminProperties properties, FreshSignIn fresh, StepUp stepUp) {
		return new AdminAccess(properties, fresh, stepUp);
	}

}

package dev.passwordless.vaadin.login;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How people sign in here.
 *
 * @param defaultCountry the country chosen beside the phone number at first (e.g.
 * {@code US}); empty (the default) takes it from the browser's language and region
 * ("de-DE": Germany), then the US
 * @param appName the name shown in the sign-in views' own frame and in the example
 * portal's header, and, on the embedded local Cognito, in the SMS (default
 * {@code SMS sign-in}); on AWS the SMS takes the stack's {@code appName}
 * @param usePortalLayout whether the portal's own {@code @Layout} wraps the sign-in views
 * (default true); false shows them in this module's plain frame
 * @param webOtpDomain on the embedded local Cognito, the host name of the SMS's last line
 * {@code @host #code}, which lets browsers fill in the code (default none); on AWS it is
 * the stack's {@code webOtpDomain}
 * @param allowedCountries the countries whose numbers may register and get codes (ISO
 * 3166 codes, e.g. {@code US,GB}; {@code 001} also allows non-geographic numbers such as
 * satellite phones): required, with no default, as the stack's {@code allowedCountries},
 * which should list the same; numbers from elsewhere are refused before Cognito is asked,
 * and only these countries are offered beside the number
 * @param numberReassignmentAfter how long after its last sign-in an account's number may
 * have been given to someone else (default 45 days: in the US a disconnected number ages
 * at least 45 days before it is reassigned, 47 CFR 52.15(f)(1)(ii)); an account idle for
 * longer is not entered without the person confirming it is theirs ({@link AccountEntry})
 * @param signUp who may register (default {@code invite-only}: only people an
 * administrator invites; {@code open}: anyone with an allowed number)
 * @param signUpContact whom people who are not invited should ask, shown by the closed
 * registration page (e.g. {@code the IT service desk}); empty says "your administrator"
 * @param masterKey the secret every instance shares, Base64 of 32 random bytes (e.g.
 * {@code openssl rand -base64 32}; environment {@code PASSWORDLESS_MASTER_KEY}): it
 * encrypts the refresh tokens kept for "stay signed in", keys the limits' hashes and
 * signs the known-device cookie; required outside the {@code local} profile, which
 * generates one (read where it is used: {@code MasterKey})
 */
@Validated
@ConfigurationProperties("passwordless")
public record PasswordlessProperties(
		@DefaultValue("") @Pattern(regexp = "([A-Z]{2})?",
				message = "must be a two-letter region code such as US or GB, or empty") String defaultCountry,
		@DefaultValue("SMS sign-in") @NotBlank String appName, @DefaultValue("true") boolean usePortalLayout,
		@DefaultValue("") String webOtpDomain,
		@NotEmpty(message = "must list the countries whose numbers may get codes, e.g. US,GB (ISO 3166 codes; "
				+ "001 for non-geographic numbers), the same as the stack's allowedCountries") List<@Pattern(
						regexp = "[A-Za-z]{2}|001",
						message = "must be two-letter region codes such as US or GB, or 001") String> allowedCountries,
		@DefaultValue("45d") Duration numberReassignmentAfter, @DefaultValue("invite-only") SignUpMode signUp,
		@DefaultValue("") String signUpContact, String masterKey) {

	public PasswordlessProperties {
		allowedCountries = (allowedCountries != null)
				? allowedCountries.stream().map((code) -> code.strip().toUpperCase(Locale.ROOT)).toList() : List.of();
	}

	@Override
	public String toString() {
		return "PasswordlessProperties[allowedCountries=" + this.allowedCountries + ", signUp=" + this.signUp
				+ ", masterKey=[hidden]]";
	}

}

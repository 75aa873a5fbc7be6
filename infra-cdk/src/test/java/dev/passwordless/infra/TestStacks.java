package dev.passwordless.infra;

import java.util.HashMap;
import java.util.Map;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/** Stacks for the tests: the settings a deployment must give, plus each test's own. */
final class TestStacks {

	/**
	 * What every deployment must set: the web app's egress (a documentation address), the
	 * countries codes go to, and the portal's domain passkeys are made for.
	 */
	static final Map<String, String> REQUIRED = Map.of("appEgressCidrs", "203.0.113.10/32", "allowedCountries", "US,GB",
			"passkeyRelyingPartyId", "portal.example.com");

	private TestStacks() {
	}

	static PasswordlessStack stack(App app, String name, Map<String, String> settings) {
		Map<String, String> all = new HashMap<>(REQUIRED);
		all.putAll(settings);
		return new PasswordlessStack(app, name, StackProps.builder().build(), StackSettings.of(all));
	}

	static Template template(String name, Map<String, String> settings) {
		return Template.fromStack(stack(new App(), name, settings));
	}

	/**
	 * The stack with nothing but the required settings, synthesized once for all tests.
	 */
	static Template defaults() {
		return Defaults.TEMPLATE;
	}

	/** The logical id of the one resource of a type. */
	static String logicalId(Template template, String type) {
		return template.findResources(type).keySet().iterator().next();
	}

	/** A resource's properties. */
	static Map<String, Object> properties(Template template, String logicalId) {
		Map<String, Object> resources = map(template.toJSON().get("Resources"));
		return map(map(resources.get(logicalId)).get("Properties"));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static final class Defaults {

		static final Template TEMPLATE = template("Test", Map.of());

	}

}

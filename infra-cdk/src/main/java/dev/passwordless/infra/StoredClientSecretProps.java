package dev.passwordless.infra;

import java.util.Objects;

import software.amazon.awscdk.services.cognito.UserPoolClient;

/**
 * What {@link StoredClientSecret} needs.
 *
 * @param client the app client, created with a generated secret
 */
record StoredClientSecretProps(UserPoolClient client) {

	StoredClientSecretProps {
		Objects.requireNonNull(client, "client is required");
	}

	static Builder builder() {
		return new Builder();
	}

	static final class Builder {

		private UserPoolClient client;

		private Builder() {
		}

		/**
		 * The app client, created with a generated secret. Required.
		 * @param client the client
		 * @return this builder
		 */
		Builder client(UserPoolClient client) {
			this.client = client;
			return this;
		}

		StoredClientSecretProps build() {
			return new StoredClientSecretProps(this.client);
		}

	}

}

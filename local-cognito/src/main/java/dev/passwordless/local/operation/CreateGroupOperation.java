package dev.passwordless.local.operation;

import java.time.Clock;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.Group;
import dev.passwordless.local.store.GroupStore;

/** CreateGroup; members' tokens carry {@code cognito:groups}. */
final class CreateGroupOperation implements Operation {

	private final UserPoolId pool;

	private final GroupStore groups;

	private final Clock clock;

	CreateGroupOperation(UserPoolId pool, GroupStore groups, Clock clock) {
		this.pool = pool;
		this.groups = groups;
		this.clock = clock;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.check(request.required("UserPoolId", 55));
		String name = GroupName.of(request);
		String description = request.optional("Description", 2048);
		Integer precedence = request.optionalInt("Precedence");
		Instant now = this.clock.instant();
		Group group = new Group(name, description, precedence, now, now);
		if (!this.groups.insert(group)) {
			throw new CognitoException("GroupExistsException", "A group with the name " + name + " already exists.");
		}
		ObjectNode response = Responses.empty();
		response.set("Group", Responses.group(group, this.pool.value()));
		return response;
	}

}

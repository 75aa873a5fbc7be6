package dev.passwordless.webapp.bench.load.vaadin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * One answer of the app to a UIDL message (or the {@code uidl} part of the {@code init}
 * answer): the tree changes, and of the JavaScript it asks the browser to run, what a
 * browser would act on: a full-page location change, and calls whose result the server
 * waits for ({@code @v-return} channels).
 */
public final class Uidl {

	/** The script of {@code Page.setLocation}: {@code window.open($0, $1)}. */
	private static final String OPEN_LOCATION = "window.open($0, $1)";

	private final JsonNode json;

	Uidl(JsonNode json) {
		this.json = json;
		JsonNode meta = json.path("meta");
		if (meta.path("sessionExpired").asBoolean(false)) {
			throw new UnexpectedAnswer("the session expired");
		}
		if (meta.has("appError")) {
			throw new UnexpectedAnswer("the app reported an error: " + meta.path("appError"));
		}
	}

	JsonNode changes() {
		return this.json.path("changes");
	}

	int syncId() {
		return this.json.path("syncId").asInt(-1);
	}

	int clientId() {
		return this.json.path("clientId").asInt(-1);
	}

	/** Where the page sends the browser with a full page load, if it does. */
	public Optional<String> location() {
		for (JsonNode call : this.json.path("execute")) {
			if (call.size() >= 3 && call.get(call.size() - 1).asString("").contains(OPEN_LOCATION)) {
				return Optional.of(call.get(0).asString());
			}
		}
		return Optional.empty();
	}

	/**
	 * The channels ({@code [node, channel]}) of calls whose result the server waits for:
	 * of each call the first, which takes the result (the second takes an error).
	 */
	List<int[]> returnChannels() {
		List<int[]> channels = new ArrayList<>();
		for (JsonNode call : this.json.path("execute")) {
			for (JsonNode parameter : call) {
				JsonNode channel = parameter.path("@v-return");
				if (channel.isArray() && channel.size() == 2) {
					channels.add(new int[] { channel.get(0).asInt(), channel.get(1).asInt() });
					break;
				}
			}
		}
		return channels;
	}

}

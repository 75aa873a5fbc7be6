package dev.passwordless.webapp.bench.load.vaadin;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Vaadin UI (a browser tab's page) spoken to with Vaadin Flow's own request protocol:
 * {@code ?v-r=init} gives the UI id and the CSRF token, then each message is a
 * {@code POST ?v-r=uidl&v-uiId=N} with the tab's {@code syncId} and {@code clientId} and
 * a list of RPCs: {@code mSync} for a property the person changed, {@code event} for a
 * DOM event the server listens to, {@code channel} for the result of a call the server
 * made. Each answer's changes keep the {@link ElementTree} up to date, so the next action
 * can find its element by {@code id} as a page object does.
 */
public final class VaadinUi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The root node, which takes navigation and poll events. */
	private static final int ROOT = 1;

	/** What the UI's property map is numbered in Flow's {@code NodeFeatures}. */
	private static final int PROPERTIES = 1;

	private final Browser browser;

	private final int uiId;

	private final String csrfToken;

	private final ElementTree elements = new ElementTree();

	private final List<int[]> awaitedReturns = new ArrayList<>();

	private int syncId;

	private int clientId;

	private VaadinUi(Browser browser, int uiId, String csrfToken) {
		this.browser = browser;
		this.uiId = uiId;
		this.csrfToken = csrfToken;
	}

	/** {@code GET ?v-r=init}: a new UI for the route, as the page's script asks. */
	static VaadinUi init(Browser browser, String route) {
		HttpResponse<String> answer = browser
			.get("?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=");
		if (answer.statusCode() != 200) {
			throw new UnexpectedAnswer("init answered " + answer.statusCode());
		}
		JsonNode config = JSON.readTree(answer.body()).path("appConfig");
		JsonNode uidl = config.path("uidl");
		VaadinUi ui = new VaadinUi(browser, config.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asString());
		ui.received(new Uidl(uidl));
		return ui;
	}

	/** What the page shows. */
	public ElementTree elements() {
		return this.elements;
	}

	/** The router's navigation to a route, as the page's script sends it after init. */
	Uidl navigate(String route) {
		ObjectNode data = JSON.createObjectNode()
			.put("route", route)
			.put("query", "")
			.put("appShellTitle", "")
			.put("trigger", "");
		data.putObject("historyState").put("idx", 0);
		return send(List.of(event(ROOT, "ui-navigate", data)));
	}

	/** Types a value into a field (its {@code value} property synchronized). */
	public Uidl type(String fieldId, String value) {
		return send(List.of(valueOf(fieldId, value)));
	}

	/**
	 * Types a value into a field, then clicks a button: one message, as the browser sends
	 * the field's change and the click together.
	 */
	public Uidl typeAndClick(String fieldId, String value, String buttonId) {
		return send(List.of(valueOf(fieldId, value), click(buttonId)));
	}

	/**
	 * Answers every call the server waits for with the same result, as a browser's script
	 * would (e.g. {@code false}: this device has no platform authenticator).
	 */
	public Uidl answerAwaitedCalls(boolean result) {
		List<ObjectNode> rpcs = new ArrayList<>();
		for (int[] channel : this.awaitedReturns) {
			ObjectNode rpc = JSON.createObjectNode().put("type", "channel").put("node", channel[0]);
			rpc.put("channel", channel[1]).putArray("args").add(result);
			rpcs.add(rpc);
		}
		this.awaitedReturns.clear();
		return send(rpcs);
	}

	/** The poll the page sends once a second while the server asks it to. */
	public Uidl poll() {
		return send(List.of(event(ROOT, "ui-poll", JSON.createObjectNode())));
	}

	/**
	 * The beacon a page sends when the tab closes or the browser leaves it: the server
	 * closes the UI at once (the HTTP session stays).
	 */
	public void close() {
		ObjectNode message = message(List.of());
		message.put("UNLOAD", true);
		this.browser.postJson(uidlPath(), JSON.writeValueAsString(message));
	}

	private ObjectNode valueOf(String fieldId, String value) {
		return JSON.createObjectNode()
			.put("type", "mSync")
			.put("node", nodeOf(fieldId))
			.put("feature", PROPERTIES)
			.put("property", "value")
			.put("value", value);
	}

	private ObjectNode click(String buttonId) {
		ObjectNode data = JSON.createObjectNode()
			.put("event.shiftKey", false)
			.put("event.metaKey", false)
			.put("event.ctrlKey", false)
			.put("event.altKey", false)
			.put("event.detail", 1)
			.put("event.button", 0)
			.put("event.clientX", 120)
			.put("event.clientY", 300)
			.put("event.screenX", 120)
			.put("event.screenY", 380);
		return event(nodeOf(buttonId), "click", data);
	}

	private static ObjectNode event(int node, String name, ObjectNode data) {
		ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
		rpc.set("data", data);
		return rpc;
	}

	private int nodeOf(String elementId) {
		return this.elements.node(elementId)
			.orElseThrow(() -> new UnexpectedAnswer("the page has no element #" + elementId));
	}

	private Uidl send(List<ObjectNode> rpcs) {
		HttpResponse<String> answer = this.browser.postJson(uidlPath(), JSON.writeValueAsString(message(rpcs)));
		if (answer.statusCode() != 200) {
			throw new UnexpectedAnswer("a UIDL message answered " + answer.statusCode());
		}
		String body = answer.body().startsWith("for(;;);") ? answer.body().substring(8) : answer.body();
		JsonNode json = JSON.readTree(body);
		return received(new Uidl(json.isArray() ? json.get(0) : json));
	}

	private ObjectNode message(List<ObjectNode> rpcs) {
		ObjectNode message = JSON.createObjectNode().put("csrfToken", this.csrfToken);
		ArrayNode list = message.putArray("rpc");
		rpcs.forEach(list::add);
		return message.put("syncId", this.syncId).put("clientId", this.clientId);
	}

	private Uidl received(Uidl answer) {
		this.elements.apply(answer.changes());
		this.awaitedReturns.addAll(answer.returnChannels());
		if (answer.syncId() >= 0) {
			this.syncId = answer.syncId();
		}
		if (answer.clientId() >= 0) {
			this.clientId = answer.clientId();
		}
		return answer;
	}

	private String uidlPath() {
		return "?v-r=uidl&v-uiId=" + this.uiId;
	}

}

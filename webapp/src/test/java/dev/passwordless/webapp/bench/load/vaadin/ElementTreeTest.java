package dev.passwordless.webapp.bench.load.vaadin;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load driver's view of a page, from changes shaped as the app sends them (taken from
 * a real {@code /login} and a refused "Send code").
 */
class ElementTreeTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void applyWhenAnElementGetsAnIdThenItsNodeIsFoundByIt() {
		ElementTree tree = new ElementTree();
		tree.apply(JSON.readTree("""
				[{"node":16,"type":"attach"},
				 {"node":16,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
				 {"node":16,"type":"put","key":"id","feat":3,"value":"send-code"},
				 {"node":17,"type":"put","key":"id","feat":3,"value":"phone"}]"""));

		assertThat(tree.node("send-code")).contains(16);
		assertThat(tree.has("phone")).isTrue();
		assertThat(tree.has("code")).isFalse();
	}

	@Test
	void applyWhenTextNodesAreSplicedIntoAnElementThenItsTextIsTheirs() {
		ElementTree tree = new ElementTree();
		tree.apply(JSON.readTree("""
				[{"node":11,"type":"put","key":"id","feat":3,"value":"message"},
				 {"node":44,"type":"put","key":"text","feat":7,"value":"Too many attempts. "},
				 {"node":45,"type":"put","key":"text","feat":7,"value":"Please try again in 5 seconds."},
				 {"node":11,"type":"splice","feat":2,"index":0,"addNodes":[44,45]}]"""));

		assertThat(tree.text("message")).isEqualTo("Too many attempts. Please try again in 5 seconds.");
	}

	@Test
	void applyWhenChildrenAreClearedOrTheElementDetachedThenItsTextAndIdGo() {
		ElementTree tree = new ElementTree();
		tree.apply(JSON.readTree("""
				[{"node":11,"type":"put","key":"id","feat":3,"value":"message"},
				 {"node":44,"type":"put","key":"text","feat":7,"value":"Wait."},
				 {"node":11,"type":"splice","feat":2,"index":0,"addNodes":[44]}]"""));
		tree.apply(JSON.readTree("""
				[{"node":11,"type":"clear","feat":2}]"""));

		assertThat(tree.text("message")).isEmpty();

		tree.apply(JSON.readTree("""
				[{"node":11,"type":"detach"}]"""));

		assertThat(tree.has("message")).isFalse();
	}

}

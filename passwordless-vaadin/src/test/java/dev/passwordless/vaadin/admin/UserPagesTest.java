package dev.passwordless.vaadin.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration's list reads Cognito a page at a time, by token, and only as far as
 * the rows asked for.
 */
class UserPagesTest {

	/** 150 people in pages of 60, 60, 30, as Cognito would give them. */
	private final List<String> tokensAsked = new ArrayList<>();

	private final UserPages pages = new UserPages((token) -> {
		this.tokensAsked.add(token);
		int page = (token == null) ? 0 : Integer.parseInt(token);
		int from = page * 60;
		int to = Math.min(from + 60, 150);
		return new CognitoAdministration.Page(IntStream.range(from, to).mapToObj(UserPagesTest::person).toList(),
				(to < 150) ? Integer.toString(page + 1) : null);
	});

	@Test
	void rowsWhenTheFirstRowsAreAskedThenOnlyTheFirstPageIsRead() {
		assertThat(this.pages.rows(0, 50).map(PortalUser::name)).hasSize(50).startsWith("0").endsWith("49");
		assertThat(this.tokensAsked).containsExactly((String) null);
	}

	@Test
	void rowsWhenRowsAcrossTwoPagesAreAskedThenBothAreReadInOrderWithTheirTokens() {
		assertThat(this.pages.rows(50, 50).map(PortalUser::name)).hasSize(50).startsWith("50").endsWith("99");
		assertThat(this.tokensAsked).containsExactly(null, "1");
	}

	@Test
	void rowsWhenAskedAgainThenPagesReadBeforeAreNotReadAgain() {
		this.pages.rows(0, 100).count();
		this.pages.rows(20, 60).count();
		assertThat(this.pages.pagesRead()).isEqualTo(2);
		assertThat(this.tokensAsked).containsExactly(null, "1");
	}

	@Test
	void rowsWhenAskedPastTheLastPageThenFewerRowsAndNothingMoreIsRead() {
		assertThat(this.pages.rows(100, 100).map(PortalUser::name)).hasSize(50).endsWith("149");
		assertThat(this.pages.rows(150, 50)).isEmpty();
		assertThat(this.tokensAsked).containsExactly(null, "1", "2");
	}

	@Test
	void rowsWhenAPageHoldsFewerRowsThanAskedForThenRowsAreCountedPageByPage() {
		List<String> asked = new ArrayList<>();
		UserPages uneven = new UserPages((token) -> {
			asked.add(token);
			return (token == null) ? new CognitoAdministration.Page(List.of(person(0), person(1)), "next")
					: new CognitoAdministration.Page(List.of(person(2), person(3), person(4)), null);
		});
		assertThat(uneven.rows(1, 3).map(PortalUser::name)).containsExactly("1", "2", "3");
		assertThat(asked).containsExactly(null, "next");
	}

	private static PortalUser person(int index) {
		return new PortalUser("user-" + index, Integer.toString(index), "+1202555" + String.format("%04d", index), true,
				"CONFIRMED", null);
	}

}

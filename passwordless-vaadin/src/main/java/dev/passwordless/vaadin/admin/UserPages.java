package dev.passwordless.vaadin.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The people of one search, read page by page as a list scrolls: Cognito pages with a
 * token for the next, never by offset, so this keeps each page's token and the pages read
 * so far, and reads a page only when rows in it are asked for. Nothing reads all users.
 */
public class UserPages {

	private final Function<String, CognitoAdministration.Page> read;

	/** The token of each page known so far; the first page's is null. */
	private final List<String> tokens = new ArrayList<>();

	/** The pages read so far, in order. */
	private final List<List<PortalUser>> pages = new ArrayList<>();

	private boolean lastRead;

	/**
	 * @param read reads the page of a token (null: the first)
	 */
	public UserPages(Function<String, CognitoAdministration.Page> read) {
		this.read = read;
		this.tokens.add(null);
	}

	/**
	 * The rows from {@code offset}, at most {@code limit}; fewer at the end. Pages may
	 * hold fewer rows than asked for, so rows are counted page by page.
	 */
	public Stream<PortalUser> rows(int offset, int limit) {
		List<PortalUser> rows = new ArrayList<>();
		int start = 0;
		for (int index = 0; rows.size() < limit; index++) {
			List<PortalUser> page = page(index);
			if (page == null) {
				break;
			}
			int end = start + page.size();
			if (end > offset) {
				page.subList(Math.max(0, offset - start), page.size())
					.stream()
					.limit(limit - rows.size())
					.forEach(rows::add);
			}
			start = end;
		}
		return rows.stream();
	}

	/** How many pages were read from Cognito. */
	int pagesRead() {
		return this.pages.size();
	}

	/**
	 * A page, reading the ones before it first (only they know its token); null past the
	 * end.
	 */
	private List<PortalUser> page(int index) {
		while (this.pages.size() <= index) {
			if (this.lastRead) {
				return null;
			}
			CognitoAdministration.Page page = this.read.apply(this.tokens.get(this.pages.size()));
			this.pages.add(page.users());
			if (page.next() == null) {
				this.lastRead = true;
			}
			else {
				this.tokens.add(page.next());
			}
		}
		return this.pages.get(index);
	}

}

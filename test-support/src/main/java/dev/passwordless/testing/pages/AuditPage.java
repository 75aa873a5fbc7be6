package dev.passwordless.testing.pages;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The administration's audit trail ({@code /admin/audit}). */
public final class AuditPage extends Page {

	public AuditPage(WebDriver driver) {
		super(driver, "audit");
	}

	/**
	 * Shows one user's events (by their sub), and waits until every row shown is theirs.
	 */
	public AuditPage forUser(String sub) {
		type("audit-user", sub);
		waitUpTo(15).until((driver) -> {
			List<List<String>> shown = rows();
			return !shown.isEmpty() && shown.stream().allMatch((row) -> row.contains(sub));
		});
		return this;
	}

	/** The first row with a cell that contains this text, once it is shown. */
	public String rowContaining(String text) {
		return waitUpTo(15).until((driver) -> rows().stream()
			.filter((row) -> row.stream().anyMatch((cell) -> cell.contains(text)))
			.map((row) -> String.join(" | ", row))
			.findFirst()
			.orElse(null));
	}

	/** The visible rows, each as its cells' texts. */
	@SuppressWarnings("unchecked")
	private List<List<String>> rows() {
		return (List<List<String>>) ((JavascriptExecutor) this.driver).executeScript("""
				const cells = [...document.querySelectorAll('#audit vaadin-grid-cell-content')]
				  .filter((content) => content.assignedSlot && content.checkVisibility()
				    && (content.assignedSlot.parentElement.getAttribute('part') || '').includes('body-cell'));
				const rows = new Map();
				for (const content of cells) {
				  const row = content.assignedSlot.parentElement.parentElement;
				  if (!rows.has(row)) rows.set(row, []);
				  rows.get(row).push(content.textContent.trim());
				}
				return [...rows.values()];
				""");
	}

}

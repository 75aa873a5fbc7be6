package dev.passwordless.webapp.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Numbers no one has: 555-0100 to 555-0199, the exchange the North American Numbering
 * Plan keeps for fiction, in every US area code that libphonenumber (the app's and the
 * triggers' number rules) takes as a mobile-capable US number. Each is handed out once.
 */
final class FictionalNumbers {

	private final List<String> numbers = new ArrayList<>();

	private final AtomicInteger next = new AtomicInteger();

	FictionalNumbers() {
		PhoneNumberUtil util = PhoneNumberUtil.getInstance();
		// lines first, then area codes: consecutive numbers fall in different area codes
		for (int line = 100; line <= 199; line++) {
			for (int areaCode = 201; areaCode <= 989; areaCode++) {
				PhoneNumber number = new PhoneNumber().setCountryCode(1)
					.setNationalNumber(Long.parseLong(areaCode + "5550" + line));
				PhoneNumberType type = util.getNumberType(number);
				if (util.isValidNumberForRegion(number, "US")
						&& (type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE)) {
					this.numbers.add("+1" + areaCode + "5550" + line);
				}
			}
		}
	}

	int size() {
		return this.numbers.size();
	}

	/** How many are not handed out yet. */
	int remaining() {
		return Math.max(0, this.numbers.size() - this.next.get());
	}

	/** The next number not handed out yet. */
	String next() {
		int index = this.next.getAndIncrement();
		if (index >= this.numbers.size()) {
			throw new IllegalStateException("all " + this.numbers.size() + " fictional numbers are used");
		}
		return this.numbers.get(index);
	}

	/** The next {@code count} numbers. */
	List<String> next(int count) {
		List<String> taken = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			taken.add(next());
		}
		return taken;
	}

}

package dev.passwordless.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriggerSettingNamesTest {

	@Test
	void namesWhenReadThenEachVariableIsNamedLikeItsConstant() throws IllegalAccessException {
		Field[] names = Arrays.stream(TriggerSettingNames.class.getDeclaredFields())
			.filter((field) -> Modifier.isStatic(field.getModifiers()))
			.toArray(Field[]::new);
		assertThat(names).hasSizeGreaterThanOrEqualTo(17);
		for (Field name : names) {
			assertThat(name.get(null)).as(name.getName()).isEqualTo(name.getName());
		}
	}

}

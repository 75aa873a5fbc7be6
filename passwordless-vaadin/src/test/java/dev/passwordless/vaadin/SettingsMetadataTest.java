package dev.passwordless.vaadin;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings' metadata (what IDEs show) against the code: every setting lives under
 * {@code passwordless}, each record binds one prefix, and the default the metadata states
 * is the value the code takes when nothing is set (as Spring Boot's own
 * {@code *PropertiesTests.defaultValuesAreConsistent} check theirs).
 */
class SettingsMetadataTest {

	private static final ConversionService CONVERSION = ApplicationConversionService.getSharedInstance();

	@Test
	void metadataWhenReadThenEverySettingIsUnderThePasswordlessPrefix() throws Exception {
		assertThat(properties()).extracting((property) -> (String) property.get("name"))
			.isNotEmpty()
			.allMatch((name) -> name.startsWith("passwordless."));
	}

	@Test
	void metadataWhenReadThenEachRecordBindsOnePrefixAndIsNamedAfterIt() throws Exception {
		for (Map<String, Object> property : properties()) {
			Class<?> type = Class.forName((String) property.get("sourceType"));
			String prefix = type.getAnnotation(ConfigurationProperties.class).value();
			String last = prefix.substring(prefix.lastIndexOf('.') + 1);
			String expected = prefix.equals("passwordless") ? "Passwordless" : camel(last, true);
			assertThat(type.getSimpleName()).as(prefix).isEqualTo(expected + "Properties");
		}
	}

	@Test
	void defaultsWhenNothingIsSetThenTheCodesValuesAreTheMetadatasDefaults() throws Exception {
		List<String> checked = new ArrayList<>();
		for (Map<String, Object> property : properties()) {
			String name = (String) property.get("name");
			Class<?> type = Class.forName((String) property.get("sourceType"));
			String prefix = type.getAnnotation(ConfigurationProperties.class).value();
			Object bound = new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate(prefix,
					Bindable.of(type));
			RecordComponent component = component(type, camel(name.substring(prefix.length() + 1), false));
			Object actual = component.getAccessor().invoke(bound);
			Object stated = property.get("defaultValue");
			if (isNone(actual)) {
				assertThat(stated).as(name + " has no default in the code")
					.satisfiesAnyOf((value) -> assertThat(value).isNull(),
							(value) -> assertThat(value).isInstanceOf(Collection.class)
								.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
								.isEmpty());
				continue;
			}
			assertThat(stated).as(name + " states its default " + actual).isNotNull();
			assertThat(actual).as(name).isEqualTo(convert(stated, component));
			checked.add(name);
		}
		assertThat(checked).contains("passwordless.limits.phone-cooldown", "passwordless.remember-me.validity",
				"passwordless.i18n.languages");
	}

	private static Object convert(Object stated, RecordComponent component) {
		TypeDescriptor target = new TypeDescriptor(ResolvableType.forType(component.getGenericType()), null, null);
		Object source = (stated instanceof Collection<?> items) ? items.stream().map(String::valueOf).toList()
				: String.valueOf(stated);
		return CONVERSION.convert(source, TypeDescriptor.forObject(source), target);
	}

	private static boolean isNone(Object value) {
		return value == null || (value instanceof Collection<?> items && items.isEmpty());
	}

	private static RecordComponent component(Class<?> type, String name) {
		for (RecordComponent component : type.getRecordComponents()) {
			if (component.getName().equals(name)) {
				return component;
			}
		}
		throw new AssertionError(type.getSimpleName() + " has no component " + name);
	}

	private static String camel(String dashed, boolean capitalFirst) {
		StringBuilder camel = new StringBuilder();
		boolean upper = capitalFirst;
		for (char c : dashed.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> properties() throws IOException {
		try (InputStream in = SettingsMetadataTest.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			Map<String, Object> metadata = JsonParserFactory.getJsonParser()
				.parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			return (List<Map<String, Object>>) metadata.get("properties");
		}
	}

}

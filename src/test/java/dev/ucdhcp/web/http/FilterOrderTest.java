package dev.ucdhcp.web.http;

import java.util.HashMap;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No two of the app's filters share an order, nor with Spring Boot's character encoding
 * filter ({@link Ordered#HIGHEST_PRECEDENCE}): with a tie, the order they run in is
 * whichever their beans were found in.
 */
class FilterOrderTest {

	@Test
	void everyFilterHasAnOrderOfItsOwn() {
		Map<Integer, String> orders = new HashMap<>();
		orders.put(Ordered.HIGHEST_PRECEDENCE, "Spring Boot's CharacterEncodingFilter");
		int filters = 0;
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.ucdhcp")) {
			if (!type.isAssignableTo(Filter.class) || type.getModifiers().contains(JavaModifier.ABSTRACT)) {
				continue;
			}
			filters++;
			assertThat(type.isAnnotatedWith(Order.class)).as(type.getName() + " has an @Order").isTrue();
			int order = type.getAnnotationOfType(Order.class).value();
			String before = orders.put(order, type.getSimpleName());
			assertThat(before).as(type.getSimpleName() + " shares its order " + order).isNull();
		}
		assertThat(filters).as("the app's filters").isEqualTo(6);
	}

}

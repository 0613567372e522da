package dev.ucdhcp.web.prerender;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Copies a view (records, lists, texts, flags, enums) with every non-empty text replaced:
 * by one mark, the copy is the view's shape; by numbered marks, it is what a skeleton is
 * rendered from ({@link ResultSkeletons}). Texts are visited in one fixed order, so two
 * views of the same shape list their texts slot for slot.
 */
final class ViewTexts {

	private static final ClassValue<RecordType> RECORDS = new ClassValue<>() {
		@Override
		protected RecordType computeValue(Class<?> type) {
			return RecordType.of(type);
		}
	};

	private ViewTexts() {
	}

	/**
	 * The view with each non-empty text {@code replacement} gives for it.
	 * @throws IllegalArgumentException when the view holds a value of another kind
	 */
	@SuppressWarnings("unchecked")
	static <T> T replace(T view, UnaryOperator<String> replacement) {
		return (T) copy(view, replacement);
	}

	private static Object copy(Object value, UnaryOperator<String> replacement) {
		if (value instanceof String text) {
			return text.isEmpty() ? text : replacement.apply(text);
		}
		if (value == null || value instanceof Boolean || value instanceof Enum<?>) {
			return value;
		}
		if (value instanceof List<?> list) {
			List<Object> copied = new ArrayList<>(list.size());
			for (Object element : list) {
				copied.add(copy(element, replacement));
			}
			return copied;
		}
		if (value instanceof Record) {
			return RECORDS.get(value.getClass()).copy(value, replacement);
		}
		throw new IllegalArgumentException("No texts known in a " + value.getClass().getName());
	}

	/** A record's components and its canonical constructor, looked up once per type. */
	private record RecordType(Method[] accessors, Constructor<?> constructor) {

		static RecordType of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Method[] accessors = new Method[components.length];
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				accessors[i] = components[i].getAccessor();
				accessors[i].setAccessible(true);
				types[i] = components[i].getType();
			}
			try {
				Constructor<?> constructor = type.getDeclaredConstructor(types);
				constructor.setAccessible(true);
				return new RecordType(accessors, constructor);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("A record without its canonical constructor: " + type, ex);
			}
		}

		Object copy(Object record, UnaryOperator<String> replacement) {
			try {
				Object[] values = new Object[this.accessors.length];
				for (int i = 0; i < values.length; i++) {
					values[i] = ViewTexts.copy(this.accessors[i].invoke(record), replacement);
				}
				return this.constructor.newInstance(values);
			}
			catch (IllegalAccessException | InstantiationException | InvocationTargetException ex) {
				throw new IllegalArgumentException("Cannot copy " + record.getClass().getName(), ex);
			}
		}

	}

}

package dev.ucdhcp.encoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code sites} input, both ways: lines of {@code name,scope[,sba]} into sites, or
 * into one error per wrong column naming its line; and sites back into lines.
 */
public final class SiteLines {

	public static final int MAX_SITES = 64;

	/**
	 * Longer text is refused before parsing: 64 lines of a 20-character name, a /24 and a
	 * 60-character SBA FQDN fit with room to spare.
	 */
	public static final int MAX_LENGTH = MAX_SITES * 100;

	private SiteLines() {
	}

	/**
	 * Either the sites or the errors: nothing valid comes out while any line is wrong.
	 */
	public record Result(List<Site> sites, List<SiteLineError> errors) {

		public Result {
			sites = List.copyOf(sites);
			errors = List.copyOf(errors);
		}

		public boolean valid() {
			return this.errors.isEmpty();
		}

		/** The errors as one field message, line by line. */
		public String message() {
			return this.errors.stream().map(SiteLineError::located).collect(Collectors.joining(" "));
		}

	}

	public static Result parse(String text) {
		List<Site> sites = new ArrayList<>();
		List<Integer> lineNumbers = new ArrayList<>();
		List<SiteLineError> errors = new ArrayList<>();
		String[] lines = text.split("\r?\n", -1);
		int count = 0;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			count++;
			if (count > MAX_SITES) {
				errors.add(new SiteLineError(i + 1, "", "At most " + MAX_SITES + " sites: this is site " + count
						+ ". Split the sites into two outputs."));
				break;
			}
			int errorsBefore = errors.size();
			Optional<Site> site = line(i + 1, lines[i], errors);
			if (site.isPresent()) {
				checkAgainstEarlier(i + 1, site.get(), sites, lineNumbers, errors);
			}
			if (site.isPresent() && errors.size() == errorsBefore) {
				sites.add(site.get());
				lineNumbers.add(i + 1);
			}
		}
		if (!errors.isEmpty()) {
			return new Result(List.of(), errors);
		}
		return new Result(sites, List.of());
	}

	/** The sites as {@code sites} takes them, one line each. */
	public static String format(List<Site> sites) {
		return sites.stream().map(Site::line).collect(Collectors.joining("\n"));
	}

	private static Optional<Site> line(int number, String line, List<SiteLineError> errors) {
		String[] columns = line.split(",", -1);
		if (columns.length < 2 || columns.length > 3) {
			errors.add(new SiteLineError(number, "", "A line is name,scope or name,scope,sba; this one has "
					+ columns.length + (columns.length == 1 ? " column." : " columns.")));
			return Optional.empty();
		}
		Optional<SiteName> name = column(number, "name", columns[0], SiteName::parse, errors);
		Optional<Ipv4Network> scope = column(number, "scope", columns[1], Ipv4Network::parse, errors);
		// An empty third column is a spreadsheet's empty cell: no SBA.
		boolean hasSba = columns.length == 3 && !columns[2].isBlank();
		Optional<Registrar> sba = hasSba ? column(number, "sba", columns[2], Registrar::parseOne, errors)
				: Optional.empty();
		if (name.isEmpty() || scope.isEmpty() || (hasSba && sba.isEmpty())) {
			return Optional.empty();
		}
		return Optional.of(new Site(name.get(), scope.get(), sba));
	}

	private static <T> Optional<T> column(int number, String column, String text, Function<String, T> parser,
			List<SiteLineError> errors) {
		try {
			return Optional.of(parser.apply(text.strip()));
		}
		catch (InvalidValueException ex) {
			errors.add(new SiteLineError(number, column, ex.getMessage()));
			return Optional.empty();
		}
	}

	private static void checkAgainstEarlier(int number, Site site, List<Site> earlier, List<Integer> lineNumbers,
			List<SiteLineError> errors) {
		for (int j = 0; j < earlier.size(); j++) {
			Site other = earlier.get(j);
			if (other.name().equals(site.name())) {
				errors.add(new SiteLineError(number, "name",
						"The name " + site.name() + " is already used on line " + lineNumbers.get(j) + "."));
			}
			if (other.scope().equals(site.scope())) {
				errors.add(new SiteLineError(number, "scope",
						"The scope " + site.scope() + " is already on line " + lineNumbers.get(j) + "."));
			}
			else if (other.scope().overlaps(site.scope())) {
				errors.add(new SiteLineError(number, "scope", "The scope " + site.scope() + " overlaps " + other.scope()
						+ " on line " + lineNumbers.get(j) + ": each site needs its own network."));
			}
		}
	}

}

package dev.ucdhcp.web.http;

/**
 * The app's routes, in one list: the controllers map them, the filters choose by them.
 * Every route here renders (CPU work the concurrency limit bounds); all but the change
 * record are pure functions of the URL, which the render cache may replay (the record
 * carries the time it was made).
 */
public final class Routes {

	public static final String PAGE = "/";

	public static final String DECODE = "/decode";

	public static final String RECORD = "/record";

	/** Followed by the vendor. */
	public static final String DOWNLOAD = "/download/";

	public static final String API_OPTIONS = "/api/v1/options";

	public static final String API_CONFIG = "/api/v1/config/{vendor}";

	public static final String API_DECODE = "/api/v1/decode";

	/**
	 * The config doctor's page: a form, and its answer to a POSTed paste (never cached).
	 */
	public static final String DOCTOR = "/doctor";

	public static final String API_DOCTOR = "/api/v1/doctor";

	private static final String API = "/api/v1/";

	private Routes() {
	}

	/** Whether answering {@code path} means rendering a page, a file or a JSON body. */
	public static boolean rendered(String path) {
		return replayable(path) || path.equals(RECORD);
	}

	/** Whether the answer for {@code path} is a pure function of its URL. */
	public static boolean replayable(String path) {
		return path.equals(PAGE) || path.equals(DECODE) || path.equals(DOCTOR) || path.startsWith(DOWNLOAD)
				|| path.startsWith(API);
	}

}

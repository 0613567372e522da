package dev.ucdhcp.web.doctor;

import java.util.Optional;

import dev.ucdhcp.doctor.ConfigDoctor;
import dev.ucdhcp.doctor.Diagnosis;
import dev.ucdhcp.doctor.PasteFormat;
import dev.ucdhcp.doctor.UnreadablePasteException;
import dev.ucdhcp.web.ConfigRenderer;
import dev.ucdhcp.web.Permalinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One diagnosis with its corrected config, as the page, the API and the command show it.
 * A failure inside the doctor is logged without its message (which may quote the paste)
 * and surfaces as {@link Failed}, so no handler or servlet container logs it either.
 */
public record DoctorRun(Diagnosis diagnosis, Optional<CorrectedConfig> corrected) {

	private static final Logger log = LoggerFactory.getLogger(DoctorRun.class);

	/**
	 * @throws UnreadablePasteException when the format cannot be told (its message names
	 * the formats read)
	 * @throws Failed when the doctor itself failed
	 */
	public static DoctorRun of(String paste, Optional<PasteFormat> format, ConfigRenderer renderer,
			Permalinks permalinks) {
		Diagnosis diagnosis;
		try {
			diagnosis = ConfigDoctor.diagnose(paste, format);
		}
		catch (UnreadablePasteException ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			log.error("The config doctor failed on a paste of {} characters (the paste and the exception's"
					+ " message are never logged)", paste.length(), scrubbed(ex));
			throw new Failed();
		}
		return new DoctorRun(diagnosis,
				diagnosis.corrected().flatMap((recovered) -> CorrectedConfig.of(recovered, renderer, permalinks)));
	}

	/** The exception's type and stack without its message or causes. */
	private static Throwable scrubbed(Throwable ex) {
		Throwable scrubbed = new Throwable(ex.getClass().getName());
		scrubbed.setStackTrace(ex.getStackTrace());
		return scrubbed;
	}

	/** The doctor failed on this paste; what it said stays out of logs and answers. */
	public static final class Failed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		static final String MESSAGE = "The doctor failed on this paste: this is a bug in ucdhcp, not in your"
				+ " configuration. Please report it with the format and, if you can, a shortened paste.";

		Failed() {
			super(MESSAGE, null, false, false);
		}

	}

}

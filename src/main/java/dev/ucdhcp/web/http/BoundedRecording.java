package dev.ucdhcp.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds a response body back while it is small, so the render cache can store it and tag
 * it; a body that outgrows {@code limit} is sent on as it comes and never copied whole.
 * Headers and status go straight to the wrapped response.
 */
final class BoundedRecording extends HttpServletResponseWrapper {

	private final int limit;

	private ByteArrayOutputStream held = new ByteArrayOutputStream();

	private ServletOutputStream stream;

	private PrintWriter writer;

	BoundedRecording(HttpServletResponse response, int limit) {
		super(response);
		this.limit = limit;
	}

	/**
	 * The body when it stayed within the limit (nothing of it sent yet), or empty when it
	 * was too large and has already gone out.
	 */
	Optional<byte[]> finish() throws IOException {
		if (this.writer != null) {
			this.writer.flush();
		}
		return (this.held != null) ? Optional.of(this.held.toByteArray()) : Optional.empty();
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (this.stream == null) {
			this.stream = new Tee();
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (this.writer == null) {
			Charset charset = Charset.forName(getCharacterEncoding());
			this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
		}
		return this.writer;
	}

	/** The length is set once the whole body is known. */
	@Override
	public void setContentLength(int length) {
	}

	@Override
	public void setContentLengthLong(long length) {
	}

	@Override
	public void flushBuffer() throws IOException {
		if (this.writer != null) {
			this.writer.flush();
		}
		if (this.held == null) {
			super.flushBuffer();
		}
	}

	@Override
	public void resetBuffer() {
		if (this.held != null) {
			this.held.reset();
		}
		super.resetBuffer();
	}

	private void write(byte[] bytes, int offset, int length) throws IOException {
		if (this.held != null && this.held.size() + length > this.limit) {
			getResponse().getOutputStream().write(this.held.toByteArray());
			this.held = null;
		}
		if (this.held != null) {
			this.held.write(bytes, offset, length);
		}
		else {
			getResponse().getOutputStream().write(bytes, offset, length);
		}
	}

	private final class Tee extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			BoundedRecording.this.write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			BoundedRecording.this.write(bytes, offset, length);
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException("the render cache records blocking writes only");
		}

	}

}

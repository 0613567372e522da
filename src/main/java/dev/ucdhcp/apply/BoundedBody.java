package dev.ucdhcp.apply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An answer's body, read only up to a cap: a server that sends more than any Kea
 * configuration needs is not a Kea agent, and reading it would fill the heap. The JDK's
 * byte-array body has no cap.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

	/** More bytes than the cap allows: the exchange stops reading and fails. */
	static final class TooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		TooLarge(int cap) {
			super("the answer is larger than " + cap + " bytes: not reading more (is this a Kea Control Agent?)");
		}

	}

	private final CompletableFuture<byte[]> body = new CompletableFuture<>();

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final int cap;

	private Flow.Subscription subscription;

	BoundedBody(int cap) {
		this.cap = cap;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		for (ByteBuffer buffer : buffers) {
			if (this.body.isDone()) {
				return;
			}
			if (this.bytes.size() + buffer.remaining() > this.cap) {
				this.subscription.cancel();
				this.body.completeExceptionally(new TooLarge(this.cap));
				return;
			}
			byte[] chunk = new byte[buffer.remaining()];
			buffer.get(chunk);
			this.bytes.writeBytes(chunk);
		}
	}

	@Override
	public void onError(Throwable error) {
		this.body.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		this.body.complete(this.bytes.toByteArray());
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.body;
	}

}

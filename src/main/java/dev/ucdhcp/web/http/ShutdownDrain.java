package dev.ucdhcp.web.http;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On shutdown Spring Boot first turns readiness to REFUSING_TRAFFIC, then stops the
 * lifecycle beans, highest phase first. This bean stops before the web server and keeps
 * it accepting for {@code ucdhcp.shutdown.drain-delay}, so a load balancer that polls
 * readiness stops sending new connections before the port closes. In Kubernetes the
 * preStop sleep does the same; the delay is for a plain process behind a balancer.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	private final Duration delay;

	private volatile boolean running;

	ShutdownDrain(@Value("${ucdhcp.shutdown.drain-delay:0s}") Duration delay) {
		this.delay = delay;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		try {
			Thread.sleep(this.delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Above the web server's graceful shutdown (which is just below the default). */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}

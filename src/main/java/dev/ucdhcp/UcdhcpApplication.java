package dev.ucdhcp;

import java.util.Arrays;

import dev.ucdhcp.apply.ApplyCommand;
import dev.ucdhcp.probe.ProbeCommand;
import dev.ucdhcp.responder.ResponderCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class UcdhcpApplication {

	public static void main(String[] args) {
		// The probe, the responder and apply are command-line tools: no web server, no
		// Spring context.
		if (args.length > 0 && "probe".equals(args[0])) {
			System.exit(ProbeCommand.execute(Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && "responder".equals(args[0])) {
			System.exit(ResponderCommand.execute(Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && "apply".equals(args[0])) {
			System.exit(ApplyCommand.execute(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(UcdhcpApplication.class, args);
	}

}

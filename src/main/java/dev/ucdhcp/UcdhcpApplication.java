package dev.ucdhcp;

import java.util.Arrays;

import dev.ucdhcp.probe.ProbeCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class UcdhcpApplication {

	public static void main(String[] args) {
		// The probe is a command-line DHCP client: no web server, no Spring context.
		if (args.length > 0 && "probe".equals(args[0])) {
			System.exit(ProbeCommand.execute(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(UcdhcpApplication.class, args);
	}

}

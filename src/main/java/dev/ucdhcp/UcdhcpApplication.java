package dev.ucdhcp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class UcdhcpApplication {

	public static void main(String[] args) {
		SpringApplication.run(UcdhcpApplication.class, args);
	}

}

package dev.ucdhcp.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.ucdhcp.web.http.AssetLinks;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * A web slice with the few plain components the controllers use: the real targets, the
 * reader, the permalinks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ WebConfig.class, SubmissionReader.class, Permalinks.class, ConfigRenderer.class, AssetLinks.class })
public @interface WebSlice {

}

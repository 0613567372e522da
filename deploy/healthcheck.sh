#!/bin/bash
# Docker HEALTHCHECK: readiness over plain HTTP/1.0 with bash's /dev/tcp, because the JRE base image
# promises no curl or wget. Asks the management port, which has its own Tomcat threads, so a busy app
# still answers. Exit 0 only on "HTTP/1.x 200".
exec 3<>"/dev/tcp/127.0.0.1/${MANAGEMENT_PORT:-8081}" || exit 1
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
IFS= read -r -t 3 status <&3 || exit 1
[[ $status =~ ^HTTP/1\.[01]\ 200 ]]

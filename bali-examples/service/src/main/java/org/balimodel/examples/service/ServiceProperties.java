package org.balimodel.examples.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings of the bali service, under {@code bali.service}.
 *
 * @param maxDocumentBytes the largest statement document accepted; default 1 MiB, thirty times the
 *     seed statement, and small enough that 32 request threads each holding one cost little heap
 * @param bodyTimeout the longest a client may take to send a whole body; default 10 seconds, so
 *     that a client trickling bytes cannot hold a request thread for long
 * @param registerMaxAge how long clients and caches may reuse a register answer without asking
 *     again; default one hour (the register changes only with a new release)
 */
@ConfigurationProperties("bali.service")
public record ServiceProperties(
    @DefaultValue("1MB") DataSize maxDocumentBytes,
    @DefaultValue("10s") Duration bodyTimeout,
    @DefaultValue("1h") Duration registerMaxAge) {}

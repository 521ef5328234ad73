package io.github.courseport.export.app;

import java.io.PrintWriter;

/**
 * Where the command talks to the user: results on {@code out}, progress and problems on {@code
 * err}; {@code terminal} says whether {@code err} is a terminal (progress bar) or not (log lines).
 */
public record Console(PrintWriter out, PrintWriter err, boolean terminal) {}

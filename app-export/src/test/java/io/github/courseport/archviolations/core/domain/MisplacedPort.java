package io.github.courseport.archviolations.core.domain;

/** Breaks "ports live in core.port". */
public interface MisplacedPort {
  void call();
}

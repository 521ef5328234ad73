package io.github.courseport.archviolations.core.port;

/** Stands for the core's source plug-in interface. */
public interface SourceProvider {
  String name();
}

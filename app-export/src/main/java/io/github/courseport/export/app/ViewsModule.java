package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import io.github.courseport.core.port.RecordRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The views of the record written into every archive: every {@link RecordRenderer} on the classpath
 * (the built-in index.html, CSV, iCalendar and xAPI ones, and any plug-in), in name order so that
 * archives come out the same.
 */
@Module
public final class ViewsModule {
  private ViewsModule() {}

  @Provides
  static List<RecordRenderer> renderers() {
    List<RecordRenderer> all = new ArrayList<>();
    ServiceLoader.load(RecordRenderer.class).forEach(all::add);
    all.sort(Comparator.comparing(RecordRenderer::name));
    return List.copyOf(all);
  }
}

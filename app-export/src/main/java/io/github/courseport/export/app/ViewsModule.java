package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.export.source.SourceRegistry;
import io.github.courseport.export.views.GradesCsvRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * The views of the record written into every archive: every {@link RecordRenderer} on the classpath
 * (the built-in index.html, CSV, iCalendar and xAPI ones, and any plug-in), in name order so that
 * archives come out the same. The built-in CSV one follows {@code --csv-bom}.
 */
@Module
public final class ViewsModule {
  private ViewsModule() {}

  @Provides
  static List<RecordRenderer> renderers(RunOptions options) {
    List<RecordRenderer> all = new ArrayList<>();
    for (RecordRenderer r : SourceRegistry.renderers()) {
      all.add(r instanceof GradesCsvRenderer ? new GradesCsvRenderer(options.csvBom()) : r);
    }
    return List.copyOf(all);
  }
}

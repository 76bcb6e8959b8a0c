package nl.hecht.shared.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads every module's {@link DemoData} in order, when demo mode is on. */
@Component
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoProperties properties;
    private final List<DemoData> contributions;

    DemoDataRunner(DemoProperties properties, List<DemoData> contributions) {
        this.properties = properties;
        this.contributions = contributions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        long start = System.nanoTime();
        contributions.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
        log.info("Demo mode: {} demo data contributions loaded in {} ms", contributions.size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}

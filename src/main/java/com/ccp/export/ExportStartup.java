package com.ccp.export;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Before the app opens its port: a batch committed just before a crash gets its files moved in
 * place; files of a batch that never committed are deleted.
 */
@Component
class ExportStartup implements SmartInitializingSingleton {

    private final ExportFiles files;
    private final ExportQueries queries;

    ExportStartup(ExportFiles files, ExportQueries queries) {
        this.files = files;
        this.queries = queries;
    }

    @Override
    public void afterSingletonsInstantiated() {
        files.recover(queries::sessionOfBatch);
    }
}

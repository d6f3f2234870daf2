package dev.zhengce.policy.examples.ledger;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source of a ledger opened by URL: connections from the JDBC driver
 * ({@link DriverManager}), of which a few idle ones are kept for the next claim, as opening one
 * costs far more than a claim (PostgreSQL starts a process per connection). Closing a
 * connection it handed out rolls back what was not committed and puts it back; a connection
 * that failed is closed instead. Not a general pool: no limit on connections in use, no
 * timeouts, no eviction.
 */
final class DriverDataSource implements DataSource, AutoCloseable {
    /** Idle connections kept for reuse; more are closed when returned. */
    private static final int IDLE = 8;

    private final String url;
    private final Properties properties;
    private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
    private volatile boolean closed;

    DriverDataSource(String url, String user, String password) {
        this.url = url;
        this.properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (closed) {
            throw new SQLException("the ledger is closed", "08003");
        }
        Connection c = idle.pollFirst();
        return lend(c != null ? c : DriverManager.getConnection(url, properties));
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the ledger's data source connects as the user it was opened with");
    }

    /** Closes the idle connections; connections still lent out are closed when returned. */
    @Override
    public void close() {
        closed = true;
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
            quietlyClose(c);
        }
    }

    private Connection lend(Connection real) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean returned;
            private boolean failed;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "close":
                        if (!returned) {
                            returned = true;
                            giveBack(real, failed);
                        }
                        return null;
                    case "isClosed":
                        return returned || real.isClosed();
                    case "unwrap":
                    case "isWrapperFor":
                    case "equals":
                    case "hashCode":
                    case "toString":
                        break;
                    default:
                        if (returned) {
                            throw new SQLException("connection returned to the ledger's data source", "08003");
                        }
                }
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    // a statement made from it fails on its own; a failure of the connection itself
                    // (a lost link, a broken transaction) retires it
                    failed = true;
                    throw e.getCause();
                }
            }
        };
        return (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private void giveBack(Connection real, boolean failed) {
        try {
            if (!real.getAutoCommit()) {
                real.rollback();
                real.setAutoCommit(true);
            }
            if (!failed && !closed && !real.isClosed() && idle.size() < IDLE && idle.offerFirst(real)) {
                return;
            }
        } catch (SQLException e) {
            // not reusable: closed below
        }
        quietlyClose(real);
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // already broken: nothing more to release
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log
    }

    /** Ignored: the driver's own connect timeout applies (set it in the URL). */
    @Override
    public void setLoginTimeout(int seconds) {
        // DriverManager's timeout is global to the JVM: not changed from here
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return url;
    }
}

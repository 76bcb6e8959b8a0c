/**
 * The use-case boundary of every module: {@link nl.hecht.shared.usecase.ApplicationService} classes whose public
 * methods declare a {@link nl.hecht.shared.usecase.UseCase} policy (and, for client data, an audit purpose), enforced
 * by one interceptor and listed by the {@link nl.hecht.shared.usecase.UseCaseCatalogue}.
 */
@org.jspecify.annotations.NullMarked
package nl.hecht.shared.usecase;

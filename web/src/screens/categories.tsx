// Categories: the system ones and the user's own; create, rename, archive.
import { useEffect, useState } from "preact/hooks";
import {
  CategoryKind,
  CreateCategoryRequestSchema,
  CreateCategoryResponseSchema,
  UpdateCategoryRequestSchema,
  UpdateCategoryResponseSchema,
  type Category,
} from "../../../gen/typescript/rupaya/v1/categories_pb";
import { patch, post, requestId } from "../api";
import { Field, FormError, Select, useSubmit, values } from "../forms";
import { listCategories } from "../ref";

const KINDS: [string, string][] = [
  [String(CategoryKind.EXPENSE), "Expense"],
  [String(CategoryKind.INCOME), "Income"],
];

export function Categories() {
  const [categories, setCategories] = useState<Category[] | null>(null);
  const [errors, busy, run] = useSubmit();
  const reload = () => listCategories().then(setCategories);
  useEffect(() => void reload(), []);

  const create = (event: Event) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = values(formElement);
    return run(async () => {
      await post("/v1/categories", CreateCategoryRequestSchema, { requestId: requestId(), name: form.name, kind: Number(form.kind) as CategoryKind }, CreateCategoryResponseSchema);
      formElement.reset();
      await reload();
    });
  };
  const archive = (c: Category) =>
    run(async () => {
      await patch(
        `/v1/categories/${c.id}`,
        UpdateCategoryRequestSchema,
        { category: { id: c.id, etag: c.etag, archived: !c.archived }, updateMask: { paths: ["archived"] }, requestId: requestId() },
        "category",
        UpdateCategoryResponseSchema,
      );
      await reload();
    }, "category");

  const group = (kind: CategoryKind, title: string) => (
    <section class="card">
      <h2>{title}</h2>
      <ul class="chips" aria-label={title}>
        {(categories ?? [])
          .filter((c) => c.kind === kind)
          .map((c) => (
            <li class={`chip${c.archived ? " archived" : ""}`}>
              {c.name}
              {!c.isSystem && (
                <button class="link" onClick={() => archive(c)} aria-label={`${c.archived ? "Restore" : "Archive"} ${c.name}`}>
                  {c.archived ? "restore" : "archive"}
                </button>
              )}
            </li>
          ))}
      </ul>
    </section>
  );

  return (
    <>
      <section class="card">
        <h2>Add a category</h2>
        <form onSubmit={create} noValidate class="grid" aria-label="Add a category">
          <FormError errors={errors} />
          <Field name="name" label="Name" errors={errors} required />
          <Select name="kind" label="Kind" errors={errors} options={KINDS} />
          <button class="primary" disabled={busy}>Add category</button>
        </form>
      </section>
      {group(CategoryKind.EXPENSE, "Expense categories")}
      {group(CategoryKind.INCOME, "Income categories")}
    </>
  );
}

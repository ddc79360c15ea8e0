"""Files uploaded in form-steps flows, kept beside their drafts; and the columns that find a draft
from the reference and code a person wrote down.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Written out rather than imported from schema.py: a migration is a frozen record of one step.


def upgrade() -> None:
    op.create_table(
        "form_files",
        sa.Column("draft_id", sa.String(64), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("content_type", sa.String(255), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("draft_id", "key", name="pk_form_files"),
    )
    op.create_index("ix_form_files_expires_at", "form_files", ["expires_at"])
    with op.batch_alter_table("form_drafts") as table:
        table.add_column(sa.Column("resume_key", sa.String(64), nullable=True))
        table.add_column(sa.Column("resume_box", sa.String(128), nullable=True))
    op.create_index("ix_form_drafts_resume_key", "form_drafts", ["resume_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_form_drafts_resume_key", table_name="form_drafts")
    with op.batch_alter_table("form_drafts") as table:
        table.drop_column("resume_box")
        table.drop_column("resume_key")
    op.drop_index("ix_form_files_expires_at", table_name="form_files")
    op.drop_table("form_files")
